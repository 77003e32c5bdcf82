import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseUploadInputs,
  readUpload,
  runUpload,
  uploadJson,
  uploadOutputs,
  uploadSummary
} from "./chunk-GRCTSD3B.js";
import "./chunk-HUKLNGA7.js";
import "./chunk-Y2USHQZW.js";
import "./chunk-2P4Y6XRB.js";
import "./chunk-4AZT4R4C.js";
import "./chunk-PUAYIFSV.js";
import {
  parseWaitSettings
} from "./chunk-JKVH5SZQ.js";
import "./chunk-SYYQ6OPN.js";
import "./chunk-4F67JWNM.js";
import "./chunk-XSH6A373.js";
import "./chunk-EGKHAR4I.js";
import "./chunk-BLPJK66F.js";
import "./chunk-GCXLEBFL.js";
import "./chunk-62X67HRV.js";
import {
  defineOperation
} from "./chunk-E2H3K5KP.js";
import "./chunk-66LBZBJX.js";
import {
  Input
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/upload-build.ts
var upload_build_default = defineOperation({
  parse(inputs) {
    const filePath = inputs.required(
      Input.AppFile,
      "for upload-build: the path of the .ipa or .pkg to upload"
    );
    return { upload: parseUploadInputs(inputs, filePath), wait: parseWaitSettings(inputs) };
  },
  async execute(ctx, { upload, wait }) {
    const plan = await readUpload(upload, ctx.common, wait);
    const outcome = await ctx.log.group("Upload", () => runUpload(ctx, plan));
    return {
      outputs: uploadOutputs(outcome),
      result: uploadJson(outcome),
      summary: uploadSummary(outcome),
      failure: outcome.message
    };
  }
});
export {
  upload_build_default as default
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defineOperation
} from "./chunk-E2H3K5KP.js";
import {
  facts
} from "./chunk-66LBZBJX.js";
import {
  Input,
  InputError,
  Output,
  quote
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/request.ts
var METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"];
var request_default = defineOperation({
  parse(inputs) {
    const method = inputs.choice(Input.Method, METHODS, "GET");
    const path = inputs.required(Input.Path, "for request: the API path, such as /v1/apps?limit=5");
    if (!/^\/v\d+\/[^\s]*$/.test(path)) {
      throw new InputError(
        Input.Path,
        `Input '${Input.Path}' has an invalid value ${quote(path)}: expected a path such as /v1/apps (the host comes from api-url).`
      );
    }
    const bodyText = inputs.string(Input.Body);
    let body;
    if (bodyText !== void 0) {
      if (method === "GET")
        throw new InputError(Input.Body, `Input '${Input.Body}' is set, but a GET request has no body.`);
      try {
        body = JSON.parse(bodyText);
      } catch (error) {
        throw new InputError(
          Input.Body,
          `Input '${Input.Body}' is not valid JSON (${error.message}): ${quote(bodyText)}.`
        );
      }
    }
    const allPages = inputs.bool(Input.AllPages, false);
    if (allPages && method !== "GET") {
      throw new InputError(
        Input.AllPages,
        `Input '${Input.AllPages}' is true, but only GET requests have pages (method is ${method}).`
      );
    }
    return { method, path, body, allPages };
  },
  async execute({ client, common, log }, { method, path, body, allPages }) {
    if (method !== "GET" && common.dryRun) {
      log.info(
        `Dry run: would send ${method} ${path}${body !== void 0 ? ` with body ${JSON.stringify(body)}` : ""}.`
      );
      return {
        outputs: { [Output.Status]: "" },
        result: { dryRun: true, planned: { method, path, body: body ?? null } },
        summary: [facts([["Dry run: would send", `${method} ${path}`]])]
      };
    }
    if (allPages) {
      const all = await client.getAll(path);
      log.info(`GET ${path}: ${all.data.length} items over ${all.pages} pages.`);
      return {
        outputs: { [Output.Status]: 200 },
        result: {
          data: all.data,
          included: all.included,
          meta: { pages: all.pages, count: all.data.length }
        },
        summary: [
          facts([
            ["Request", `GET ${path}`],
            ["Status", 200],
            ["Pages", all.pages],
            ["Items", all.data.length]
          ])
        ]
      };
    }
    const res = await client.request(method, path, { body });
    const count = Array.isArray(res.data?.data) ? res.data.data.length : void 0;
    log.info(`${method} ${path}: ${res.status}.`);
    return {
      outputs: { [Output.Status]: res.status },
      result: res.data ?? null,
      summary: [
        facts([
          ["Request", `${method} ${path}`],
          ["Status", res.status],
          ["Items", count]
        ])
      ]
    };
  }
});
export {
  request_default as default
};

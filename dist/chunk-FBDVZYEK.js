import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  accessReport,
  appsText,
  readTeam,
  sameEmail
} from "./chunk-H2U3TJZB.js";
import "./chunk-CT3SYMP3.js";
import "./chunk-MGD32DN7.js";
import {
  writeListFile
} from "./chunk-5VQ4MDJJ.js";
import "./chunk-HQRV6QUE.js";
import "./chunk-EK6JJL5W.js";
import "./chunk-BLPJK66F.js";
import {
  defineOperation
} from "./chunk-B4X3D3QX.js";
import {
  capped,
  facts,
  table
} from "./chunk-66LBZBJX.js";
import {
  Input,
  Output
} from "./chunk-JK5CFF4Y.js";
import "./chunk-XNDQ27F5.js";

// src/operations/list-users.ts
var COLUMNS = [
  "email",
  "first-name",
  "last-name",
  "status",
  "roles",
  "all-apps-visible",
  "visible-apps",
  "provisioning-allowed",
  "expiration-date",
  "id"
];
var list_users_default = defineOperation({
  parse(inputs) {
    const outputFile = inputs.string(Input.OutputFile);
    const format = inputs.choice(Input.Format, ["csv", "json"], "csv");
    return { outputFile, format };
  },
  async execute(ctx, { outputFile, format }) {
    const team = await readTeam(ctx.client);
    const people = [
      ...team.users.map((u) => ({
        id: u.id,
        email: u.username,
        firstName: u.firstName ?? null,
        lastName: u.lastName ?? null,
        status: "member",
        ...accessReport(u, team.apps),
        expirationDate: null
      })),
      ...team.invitations.filter((i) => !team.users.some((u) => sameEmail(u.username, i.email))).map((i) => ({
        id: i.id,
        email: i.email,
        firstName: i.firstName ?? null,
        lastName: i.lastName ?? null,
        status: "invited",
        ...accessReport(i, team.apps),
        expirationDate: i.expirationDate ?? null
      }))
    ].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()));
    const members = people.filter((p) => p.status === "member").length;
    const invited = people.length - members;
    ctx.log.info(
      `${members} member${members === 1 ? "" : "s"} and ${invited} pending invitation${invited === 1 ? "" : "s"}.`
    );
    if (outputFile) {
      await writeListFile(
        outputFile,
        format,
        COLUMNS,
        people.map((p) => ({
          email: p.email,
          "first-name": p.firstName,
          "last-name": p.lastName,
          status: p.status,
          roles: p.roles.join(", "),
          "all-apps-visible": p.allAppsVisible,
          "visible-apps": p.visibleApps.join(", "),
          "provisioning-allowed": p.provisioningAllowed,
          "expiration-date": p.expirationDate,
          id: p.id
        }))
      );
      ctx.log.info(`Wrote ${people.length} people to ${outputFile} (${format}).`);
    }
    const { rows, note } = capped(
      people.map((p) => [
        p.email,
        [p.firstName, p.lastName].filter(Boolean).join(" "),
        p.status === "invited" && p.expirationDate ? `invited (until ${p.expirationDate.slice(0, 10)})` : p.status,
        p.roles.join(", "),
        appsText(p),
        p.provisioningAllowed ? "yes" : "no"
      ])
    );
    return {
      outputs: { [Output.Changes]: 0 },
      result: {
        count: people.length,
        members,
        invitations: invited,
        ...outputFile ? { file: outputFile, format } : {},
        people
      },
      summary: [
        facts([
          ["Members", members],
          ["Pending invitations", invited],
          ...outputFile ? [["File", `${outputFile} (${format})`]] : []
        ]),
        ...people.length ? [table(["Email", "Name", "Status", "Roles", "Apps", "Provisioning"], rows, note)] : []
      ]
    };
  }
});
export {
  list_users_default as default
};

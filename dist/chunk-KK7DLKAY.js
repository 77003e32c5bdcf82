import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  accessReport,
  appsText,
  readTeam,
  sameEmail
} from "./chunk-U3RHBBXA.js";
import "./chunk-CT3SYMP3.js";
import "./chunk-MGD32DN7.js";
import "./chunk-HQRV6QUE.js";
import {
  writeListOutput
} from "./chunk-QZJVFNU6.js";
import "./chunk-EK6JJL5W.js";
import "./chunk-BLPJK66F.js";
import {
  defineOperation
} from "./chunk-E2H3K5KP.js";
import {
  capped,
  facts,
  table
} from "./chunk-66LBZBJX.js";
import {
  Input,
  Output
} from "./chunk-JDDIJKK4.js";
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
      ...team.users.map((u) => person(u, team.apps, u.username, "member", null)),
      ...team.invitations.filter((i) => !team.users.some((u) => sameEmail(u.username, i.email))).map((i) => person(i, team.apps, i.email, "invited", i.expirationDate ?? null))
    ].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()));
    const members = people.filter((p) => p.status === "member").length;
    const invited = people.length - members;
    ctx.log.info(
      `${members} member${members === 1 ? "" : "s"} and ${invited} pending invitation${invited === 1 ? "" : "s"}.`
    );
    await writeListOutput(
      ctx.log,
      { outputFile, format },
      COLUMNS,
      "people",
      () => people.map((p) => ({
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
function person(who, apps, email, status, expirationDate) {
  return {
    id: who.id,
    email,
    firstName: who.firstName ?? null,
    lastName: who.lastName ?? null,
    status,
    ...accessReport(who, apps),
    expirationDate
  };
}
export {
  list_users_default as default
};

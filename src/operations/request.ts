import type { Method } from '../api/client.js';
import { Input, Output } from '../constants.js';
import { InputError, quote } from '../input-reader.js';
import { facts } from '../output/summary.js';
import { defineOperation } from '../operation.js';

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;

/** A generic authenticated call, for anything the action does not cover. */
export default defineOperation({
  parse(inputs) {
    const method: Method = inputs.choice(Input.Method, METHODS, 'GET');
    const path = inputs.required(Input.Path, 'for request: the API path, such as /v1/apps?limit=5');
    if (!/^\/v\d+\/[^\s]*$/.test(path)) {
      throw new InputError(
        Input.Path,
        `Input '${Input.Path}' has an invalid value ${quote(path)}: expected a path such as /v1/apps (the host comes from api-url).`,
      );
    }
    const bodyText = inputs.string(Input.Body);
    let body: unknown;
    if (bodyText !== undefined) {
      if (method === 'GET')
        throw new InputError(Input.Body, `Input '${Input.Body}' is set, but a GET request has no body.`);
      try {
        body = JSON.parse(bodyText);
      } catch (error) {
        throw new InputError(
          Input.Body,
          `Input '${Input.Body}' is not valid JSON (${(error as Error).message}): ${quote(bodyText)}.`,
        );
      }
    }
    const allPages = inputs.bool(Input.AllPages, false);
    if (allPages && method !== 'GET') {
      throw new InputError(
        Input.AllPages,
        `Input '${Input.AllPages}' is true, but only GET requests have pages (method is ${method}).`,
      );
    }
    return { method, path, body, allPages };
  },

  async execute({ client, common, log }, { method, path, body, allPages }) {
    if (method !== 'GET' && common.dryRun) {
      log.info(
        `Dry run: would send ${method} ${path}${body !== undefined ? ` with body ${JSON.stringify(body)}` : ''}.`,
      );
      return {
        outputs: { [Output.Status]: '' },
        result: { dryRun: true, planned: { method, path, body: body ?? null } },
        summary: [facts([['Dry run: would send', `${method} ${path}`]])],
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
          meta: { pages: all.pages, count: all.data.length },
        },
        summary: [
          facts([
            ['Request', `GET ${path}`],
            ['Status', 200],
            ['Pages', all.pages],
            ['Items', all.data.length],
          ]),
        ],
      };
    }
    const res = await client.request(method, path, { body });
    const count = Array.isArray((res.data as { data?: unknown } | undefined)?.data)
      ? (res.data as { data: unknown[] }).data.length
      : undefined;
    log.info(`${method} ${path}: ${res.status}.`);
    return {
      outputs: { [Output.Status]: res.status },
      result: res.data ?? null,
      summary: [
        facts([
          ['Request', `${method} ${path}`],
          ['Status', res.status],
          ['Items', count],
        ]),
      ],
    };
  },
});

import { InputError } from '../inputs.js';
import { Input } from '../constants.js';
import type { AppRef } from '../settings.js';
import type { AppStoreConnectClient } from './client.js';
import { ApiError } from './errors.js';
import type { Document, Resource } from './types.js';

export interface App {
  id: string;
  bundleId: string;
  name: string;
}

type AppAttributes = { bundleId?: string; name?: string };

/** Looks the app up by Apple id or bundle id; fails naming the `app` input when there is none. */
export async function resolveApp(client: AppStoreConnectClient, ref: AppRef): Promise<App> {
  if (ref.kind === 'id') {
    try {
      const doc = await client.get<Document<AppAttributes>>(`/v1/apps/${ref.id}`, {
        'fields[apps]': 'bundleId,name',
      });
      return toApp(doc.data as Resource<AppAttributes>);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        throw new InputError(
          Input.App,
          `Input '${Input.App}': no app with Apple id '${ref.id}' is visible to this API key.`,
        );
      }
      throw error;
    }
  }
  const doc = await client.get<Document<AppAttributes>>('/v1/apps', {
    'filter[bundleId]': ref.bundleId,
    'fields[apps]': 'bundleId,name',
    limit: 10,
  });
  // filter[bundleId] also matches longer ids with the same prefix on Apple's side: pick the exact one.
  const match = (doc.data as Resource<AppAttributes>[]).find(
    (a) => a.attributes?.bundleId?.toLowerCase() === ref.bundleId.toLowerCase(),
  );
  if (!match) {
    throw new InputError(
      Input.App,
      `Input '${Input.App}': no app with bundle id '${ref.bundleId}' is visible to this API key (check the bundle id, and that the key's team owns the app).`,
    );
  }
  return toApp(match);
}

function toApp(resource: Resource<AppAttributes>): App {
  return {
    id: resource.id,
    bundleId: resource.attributes?.bundleId ?? '',
    name: resource.attributes?.name ?? '',
  };
}

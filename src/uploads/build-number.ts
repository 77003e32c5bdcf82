/**
 * The next free build number: one more than the highest App Store Connect has seen, counting
 * builds and build uploads (also uploads that FAILED or were never finished: Apple refuses a
 * number a failed upload used).
 */
import { listBuildUploads } from '../api/build-uploads.js';
import { normalizeVersion, versionSpellings } from '../api/builds.js';
import type { AppStoreConnectClient } from '../api/client.js';
import type { Resource } from '../api/types.js';

/** Compares dotted integers: 1.2.10 > 1.2.9, 2 > 1.9, 1.0 = 1. */
export function compareBuildNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** One more in the last part ("457" → "458", "2.3.9" → "2.3.10"); "1" when nothing was seen. */
export function incrementBuildNumber(highest: string | undefined): string {
  if (!highest) return '1';
  const parts = highest.split('.');
  const last = BigInt(parts[parts.length - 1] as string) + 1n;
  parts[parts.length - 1] = last.toString();
  return parts.join('.');
}

export interface SeenNumber {
  buildNumber: string;
  version: string;
  kind: 'build' | 'build upload';
  id: string;
  /** Processing state of a build, or the upload's state. */
  state: string;
}

export interface NumberSurvey {
  next: string;
  highest?: SeenNumber;
  builds: number;
  uploads: number;
}

const NUMERIC = /^\d+(\.\d+)*$/;

/** Reads every build and build upload of the app on the platform (of one version when given). */
export async function surveyBuildNumbers(
  client: AppStoreConnectClient,
  appId: string,
  platform: string,
  version?: string,
): Promise<NumberSurvey> {
  const [builds, uploads] = await Promise.all([
    client.getAll<{ version?: string; processingState?: string }>('/v1/builds', {
      'filter[app]': appId,
      'filter[preReleaseVersion.platform]': platform,
      'filter[preReleaseVersion.version]': version ? versionSpellings(version) : undefined,
      'fields[builds]': 'version,processingState,preReleaseVersion',
      'fields[preReleaseVersions]': 'version',
      include: 'preReleaseVersion',
    }),
    listBuildUploads(client, appId, { platform, version: version ? versionSpellings(version) : undefined }),
  ]);
  const seen: SeenNumber[] = [];
  const prvVersion = (b: Resource) => {
    const id = (b.relationships?.preReleaseVersion?.data as { id?: string } | null | undefined)?.id;
    const prv = builds.included.find((r) => r.type === 'preReleaseVersions' && r.id === id);
    return String((prv?.attributes as { version?: string } | undefined)?.version ?? '');
  };
  for (const b of builds.data) {
    const number = b.attributes?.version ?? '';
    const v = prvVersion(b);
    if (version && v && normalizeVersion(v) !== normalizeVersion(version)) continue;
    seen.push({
      buildNumber: number,
      version: v,
      kind: 'build',
      id: b.id,
      state: b.attributes?.processingState ?? '',
    });
  }
  for (const u of uploads) {
    if (version && normalizeVersion(u.version) !== normalizeVersion(version)) continue;
    seen.push({
      buildNumber: u.buildNumber,
      version: u.version,
      kind: 'build upload',
      id: u.id,
      state: u.state,
    });
  }
  let highest: SeenNumber | undefined;
  for (const s of seen) {
    if (!NUMERIC.test(s.buildNumber)) continue;
    if (!highest || compareBuildNumbers(s.buildNumber, highest.buildNumber) > 0) highest = s;
  }
  return {
    next: incrementBuildNumber(highest?.buildNumber),
    highest,
    builds: builds.data.length,
    uploads: uploads.length,
  };
}

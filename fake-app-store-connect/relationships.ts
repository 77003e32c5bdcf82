/**
 * The relationships between the resource types the fake server knows, as Apple names them.
 * Two-way pairs are kept in sync by the store (adding a build to a group also lists the group
 * on the build). Route modules may define more with `store.defineRelationship`.
 */
import type { Store } from './store.js';

type Card = 'one' | 'many';
/** [type, name, targetType, cardinality, inverse?] */
type Def = [string, string, string, Card, string?];

const DEFINITIONS: Def[] = [
  ['apps', 'builds', 'builds', 'many', 'app'],
  ['apps', 'preReleaseVersions', 'preReleaseVersions', 'many', 'app'],
  ['apps', 'betaGroups', 'betaGroups', 'many', 'app'],
  ['apps', 'betaTesters', 'betaTesters', 'many', 'apps'],
  ['builds', 'app', 'apps', 'one', 'builds'],
  ['builds', 'preReleaseVersion', 'preReleaseVersions', 'one', 'builds'],
  ['builds', 'buildBetaDetail', 'buildBetaDetails', 'one', 'build'],
  ['builds', 'betaGroups', 'betaGroups', 'many', 'builds'],
  ['builds', 'betaBuildLocalizations', 'betaBuildLocalizations', 'many', 'build'],
  ['builds', 'betaAppReviewSubmission', 'betaAppReviewSubmissions', 'one', 'build'],
  ['builds', 'individualTesters', 'betaTesters', 'many', 'builds'],
  ['builds', 'appEncryptionDeclaration', 'appEncryptionDeclarations', 'one'],
  ['preReleaseVersions', 'app', 'apps', 'one', 'preReleaseVersions'],
  ['preReleaseVersions', 'builds', 'builds', 'many', 'preReleaseVersion'],
  ['buildBetaDetails', 'build', 'builds', 'one', 'buildBetaDetail'],
  ['betaBuildLocalizations', 'build', 'builds', 'one', 'betaBuildLocalizations'],
  ['betaAppReviewSubmissions', 'build', 'builds', 'one', 'betaAppReviewSubmission'],
  ['betaGroups', 'app', 'apps', 'one', 'betaGroups'],
  ['betaGroups', 'builds', 'builds', 'many', 'betaGroups'],
  ['betaGroups', 'betaTesters', 'betaTesters', 'many', 'betaGroups'],
  ['betaTesters', 'apps', 'apps', 'many', 'betaTesters'],
  ['betaTesters', 'betaGroups', 'betaGroups', 'many', 'betaTesters'],
  ['betaTesters', 'builds', 'builds', 'many', 'individualTesters'],
  ['users', 'visibleApps', 'apps', 'many'],
  ['userInvitations', 'visibleApps', 'apps', 'many'],
];

export function defineAppStoreRelationships(store: Store): void {
  for (const [type, name, target, card, inverse] of DEFINITIONS) {
    store.defineRelationship(type, name, target, card, inverse ? { inverse } : {});
  }
}

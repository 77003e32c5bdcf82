/** Names of the action's inputs, exactly as in action.yml. Nothing else spells them. */
export const Input = {
  Operation: 'operation',
  IssuerId: 'issuer-id',
  KeyId: 'key-id',
  PrivateKey: 'private-key',
  PrivateKeyPath: 'private-key-path',
  App: 'app',
  Platform: 'platform',
  DryRun: 'dry-run',
  ApiUrl: 'api-url',
  // request
  Method: 'method',
  Path: 'path',
  Body: 'body',
  AllPages: 'all-pages',
  // builds
  BuildId: 'build-id',
  Version: 'version',
  BuildNumber: 'build-number',
  WaitTimeout: 'wait-timeout',
  PollInterval: 'poll-interval',
  Groups: 'groups',
  UsesNonExemptEncryption: 'uses-non-exempt-encryption',
  WhatToTest: 'what-to-test',
  WhatToTestLocale: 'what-to-test-locale',
  SubmitForReview: 'submit-for-review',
  NotifyTesters: 'notify-testers',
  ExpirePreviousBuilds: 'expire-previous-builds',
  Keep: 'keep',
  // testers and groups
  Testers: 'testers',
  TestersFile: 'testers-file',
  RemoveMissing: 'remove-missing',
  OutputFile: 'output-file',
  Format: 'format',
  GroupName: 'group-name',
  Internal: 'internal',
  PublicLinkEnabled: 'public-link-enabled',
  PublicLinkLimit: 'public-link-limit',
  FeedbackEnabled: 'feedback-enabled',
  // beta app information
  BetaAppInfoFile: 'beta-app-info-file',
  DemoAccountPassword: 'demo-account-password',
  RemoveUnlistedLocales: 'remove-unlisted-locales',
  // prune-testers
  InactiveDays: 'inactive-days',
  TesterStates: 'tester-states',
  KeepTesters: 'keep-testers',
  KeepTestersFile: 'keep-testers-file',
  IncludeInternal: 'include-internal',
  MaxRemovals: 'max-removals',
  RemoveFrom: 'remove-from',
  // users
  Email: 'email',
  FirstName: 'first-name',
  LastName: 'last-name',
  Roles: 'roles',
  AllAppsVisible: 'all-apps-visible',
  VisibleApps: 'visible-apps',
  ProvisioningAllowed: 'provisioning-allowed',
  UsersFile: 'users-file',
  // reports
  VendorNumber: 'vendor-number',
  ReportType: 'report-type',
  ReportSubtype: 'report-subtype',
  Frequency: 'frequency',
  ReportDate: 'report-date',
  ReportVersion: 'report-version',
  RegionCode: 'region-code',
  OutputDir: 'output-dir',
  FailIfUnavailable: 'fail-if-unavailable',
  MaxReportMb: 'max-report-mb',
  // uploads
  AppFile: 'app-file',
  // feedback
  Since: 'since',
  FeedbackKinds: 'feedback-kinds',
  IncludeCrashLogs: 'include-crash-logs',
  GithubToken: 'github-token',
  GithubRepository: 'github-repository',
  IssueLabels: 'issue-labels',
  IncludeTesterEmail: 'include-tester-email',
  DeleteAfterImport: 'delete-after-import',
} as const;
export type InputName = (typeof Input)[keyof typeof Input];

/** Names of the action's outputs, exactly as in action.yml. */
export const Output = {
  Result: 'result',
  ResultFile: 'result-file',
  Token: 'token',
  TokenExpiresAt: 'token-expires-at',
  Status: 'status',
  BuildId: 'build-id',
  BuildVersion: 'build-version',
  BuildNumber: 'build-number',
  BuildState: 'build-state',
  BetaState: 'beta-state',
  TestersAdded: 'testers-added',
  TestersRemoved: 'testers-removed',
  Changes: 'changes',
  ReportFile: 'report-file',
  ReportRows: 'report-rows',
  ReportAvailable: 'report-available',
  BuildUploadId: 'build-upload-id',
  UploadState: 'upload-state',
  IssuesCreated: 'issues-created',
} as const;
export type OutputName = (typeof Output)[keyof typeof Output];

export const DEFAULT_API_URL = 'https://api.appstoreconnect.apple.com';

/**
 * Reports: the uncompressed size at which a download stops (input max-report-mb), far above any
 * report Apple writes (a daily SALES report of a million rows is about 200 MB), so that a gzip
 * bomb (a few MB that inflate to many GB) stops early; and the longest line (Apple's are under a
 * few KB), so that a body without line breaks fails instead of filling memory.
 */
export const DEFAULT_MAX_REPORT_MB = 2048;
export const MAX_REPORT_LINE_BYTES = 1024 * 1024;
export const PLATFORMS = ['IOS', 'MAC_OS', 'TV_OS', 'VISION_OS'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Defaults that action.yml declares (GitHub then sets them on every run). Inputs whose default
 * depends on the operation have none there; the operation applies it. A test keeps this in
 * line with action.yml.
 */
export const ACTION_YML_DEFAULTS: Partial<Record<InputName, string>> = {
  [Input.DryRun]: 'false',
  [Input.ApiUrl]: DEFAULT_API_URL,
  [Input.Method]: 'GET',
  [Input.AllPages]: 'false',
  [Input.WaitTimeout]: '30',
  [Input.PollInterval]: '30',
  [Input.WhatToTestLocale]: 'en-US',
  [Input.SubmitForReview]: 'auto',
  [Input.NotifyTesters]: 'false',
  [Input.ExpirePreviousBuilds]: 'false',
  [Input.Internal]: 'false',
  [Input.OutputDir]: 'app-store-reports',
  [Input.FailIfUnavailable]: 'false',
  [Input.MaxReportMb]: String(DEFAULT_MAX_REPORT_MB),
  [Input.GithubToken]: '${{ github.token }}',
};

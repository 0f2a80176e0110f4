import type { LifecycleHookName } from '../../../catalog/services/devtools.ts';

/** Lifecycle events CodeDeploy's agent runs itself: an appspec cannot attach scripts to them. */
export const RESERVED_LIFECYCLE_EVENTS: readonly LifecycleHookName[] = ['DownloadBundle', 'Install', 'BlockTraffic', 'AllowTraffic', 'AllowTestTraffic'];

/** The hooks an appspec may run scripts (or validation functions) for, per compute platform. */
export const SCRIPTABLE_HOOKS: Readonly<Record<'Server' | 'Lambda' | 'ECS', readonly LifecycleHookName[]>> = {
  Server: [
    'BeforeBlockTraffic',
    'AfterBlockTraffic',
    'ApplicationStop',
    'BeforeInstall',
    'AfterInstall',
    'ApplicationStart',
    'ValidateService',
    'BeforeAllowTraffic',
    'AfterAllowTraffic',
  ],
  Lambda: ['BeforeAllowTraffic', 'AfterAllowTraffic'],
  ECS: ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'],
};

export type ComputePlatform = keyof typeof SCRIPTABLE_HOOKS;

export function computePlatformOf(value: unknown): ComputePlatform {
  return value === 'Lambda' || value === 'ECS' ? value : 'Server';
}

export function hooksOf(value: unknown): LifecycleHookName[] {
  return Array.isArray(value) ? (value as LifecycleHookName[]) : [];
}

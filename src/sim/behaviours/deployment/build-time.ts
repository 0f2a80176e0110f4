/**
 * How long a CodeBuild build takes: provisioning and the build itself, plus downloading the
 * dependencies, which a build cache (S3 or LOCAL) mostly saves on later builds.
 */

/** Provisioning the container, fetching the source, running the build commands. */
export const BUILD_BASE_MS = { min: 60_000, max: 120_000 };
/** Downloading dependencies: about 2 MB/s from public registries. */
export const DOWNLOAD_MS_PER_MB = 500;
/** A warm cache restores most dependencies instead of downloading them. */
export const CACHED_SHARE = 0.1;

export function dependencyDownloadMs(dependenciesMB: number, cacheType: string): number {
  const cached = cacheType === 'S3' || cacheType === 'LOCAL';
  return dependenciesMB * DOWNLOAD_MS_PER_MB * (cached ? CACHED_SHARE : 1);
}

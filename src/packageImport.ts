// import() of a package left outside the bundles (scripts/build.mjs, EXTERNAL: the importer's
// readers), from a module Node loads itself. The build keeps this module in dist/shared.js: the
// bundles are compiled by main.js with V8's code cache (bundles.ts), where import() has no
// module loader behind it.
export const importPackage = <T>(specifier: string): Promise<T> => import(specifier) as Promise<T>;

// office-addin-mock imports office-addin-manifest, whose ESM-only dependency jest cannot load.
// The mock never uses it, so an empty module stands in (see package.json jest.moduleNameMapper).
export {};

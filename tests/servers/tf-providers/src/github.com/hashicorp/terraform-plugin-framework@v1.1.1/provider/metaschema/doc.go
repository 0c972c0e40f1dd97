// Package metaschema contains all available meta schema functionality for
// providers. Provider meta schemas define the structure and value types for
// provider_meta configuration data. Meta schemas are implemented via the
// provider.ProviderWithMetaSchema type MetaSchema method.
package metaschema

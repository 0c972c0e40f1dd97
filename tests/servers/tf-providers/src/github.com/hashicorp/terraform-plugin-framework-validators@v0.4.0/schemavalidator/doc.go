// Package schemavalidator provides validators to express relationships between
// multiple attributes within the schema of a resource, data source, or provider.
// For example, checking that an attribute is present when another is present, or vice-versa.
package schemavalidator

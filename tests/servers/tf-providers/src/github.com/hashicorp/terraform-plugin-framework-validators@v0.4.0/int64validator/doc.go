// Package int64validator provides validators for types.Int64 attributes.
package int64validator

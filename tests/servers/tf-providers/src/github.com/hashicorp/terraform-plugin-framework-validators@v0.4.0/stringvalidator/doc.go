// Package stringvalidator provides validators for types.String attributes.
package stringvalidator

// Package listvalidator provides validators for types.List attributes.
package listvalidator

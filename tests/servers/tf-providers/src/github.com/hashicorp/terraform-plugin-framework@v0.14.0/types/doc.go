// Package types contains the framework-defined data types and values, such as
// boolean, floating point, integer, list, map, object, set, and string. These
// types can be extended by providers for custom use cases.
package types

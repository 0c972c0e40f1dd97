# The lake's settings.
variable "prefix" {
  type        = string
  default     = "acme"
  description = "the names' prefix"
  validation {
    condition     = length(var.prefix) <= 10
    error_message = "the prefix is at most 10 characters"
  }
}

variable "zones" {
  type    = map(object({ retention = number }))
  default = {
    raw     = { retention = 7 }
    curated = { retention = 30 }
  }
}

variable "oidc_provider" {
  type    = string
  default = "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE"
}

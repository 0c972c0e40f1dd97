import {
  to = awscc_redshiftserverless_namespace.example
  id = "namespace_name"
}
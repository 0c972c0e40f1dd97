import {
  to = awscc_redshiftserverless_namespace.example
  identity = {
    namespace_name = "namespace_name"
  }
}

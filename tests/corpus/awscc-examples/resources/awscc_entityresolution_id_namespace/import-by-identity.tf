import {
  to = awscc_entityresolution_id_namespace.example
  identity = {
    id_namespace_name = "id_namespace_name"
  }
}

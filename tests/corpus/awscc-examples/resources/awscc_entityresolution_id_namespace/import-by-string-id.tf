import {
  to = awscc_entityresolution_id_namespace.example
  id = "id_namespace_name"
}
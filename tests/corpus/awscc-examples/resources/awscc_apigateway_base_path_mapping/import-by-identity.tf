import {
  to = awscc_apigateway_base_path_mapping.example
  identity = {
    domain_name = "domain_name"
    base_path   = "base_path"
  }
}

import {
  to = awscc_apigateway_base_path_mapping.example
  id = "domain_name|base_path"
}
import {
  to = awscc_apigateway_base_path_mapping_v2.example
  id = "base_path_mapping_arn"
}
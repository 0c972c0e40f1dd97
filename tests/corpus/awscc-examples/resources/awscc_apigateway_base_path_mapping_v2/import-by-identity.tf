import {
  to = awscc_apigateway_base_path_mapping_v2.example
  identity = {
    base_path_mapping_arn = "base_path_mapping_arn"
  }
}

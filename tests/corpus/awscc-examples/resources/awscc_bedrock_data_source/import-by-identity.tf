import {
  to = awscc_bedrock_data_source.example
  identity = {
    knowledge_base_id = "knowledge_base_id"
    data_source_id    = "data_source_id"
  }
}

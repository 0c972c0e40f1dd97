import {
  to = awscc_bedrock_data_automation_library.example
  id = "library_arn"
}
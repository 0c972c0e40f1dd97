import {
  to = awscc_bedrock_data_automation_library.example
  identity = {
    library_arn = "library_arn"
  }
}

import {
  to = awscc_bedrock_prompt_version.example
  id = "arn"
}
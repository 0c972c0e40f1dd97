import {
  to = awscc_bedrock_prompt.example
  id = "arn"
}
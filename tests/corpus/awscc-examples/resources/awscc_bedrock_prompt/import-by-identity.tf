import {
  to = awscc_bedrock_prompt.example
  identity = {
    arn = "arn"
  }
}

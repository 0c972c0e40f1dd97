import {
  to = awscc_connect_prompt.example
  id = "prompt_arn"
}
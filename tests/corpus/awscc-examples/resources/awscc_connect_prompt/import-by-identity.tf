import {
  to = awscc_connect_prompt.example
  identity = {
    prompt_arn = "prompt_arn"
  }
}

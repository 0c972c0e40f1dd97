import {
  to = awscc_bedrock_application_inference_profile.example
  identity = {
    inference_profile_identifier = "inference_profile_identifier"
  }
}

import {
  to = awscc_bedrock_application_inference_profile.example
  id = "inference_profile_identifier"
}
import {
  to = awscc_mediaconnect_flow_output.example
  id = "output_arn"
}
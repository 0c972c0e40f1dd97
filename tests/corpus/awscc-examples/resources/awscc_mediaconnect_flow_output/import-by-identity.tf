import {
  to = awscc_mediaconnect_flow_output.example
  identity = {
    output_arn = "output_arn"
  }
}

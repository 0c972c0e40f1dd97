import {
  to = awscc_customerprofiles_event_stream.example
  identity = {
    domain_name       = "domain_name"
    event_stream_name = "event_stream_name"
  }
}

import {
  to = awscc_customerprofiles_event_stream.example
  id = "domain_name|event_stream_name"
}
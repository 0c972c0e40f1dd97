import {
  to = awscc_eventschemas_discoverer.example
  id = "discoverer_arn"
}
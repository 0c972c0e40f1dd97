import {
  to = awscc_eventschemas_discoverer.example
  identity = {
    discoverer_arn = "discoverer_arn"
  }
}

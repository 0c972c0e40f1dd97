import {
  to = awscc_synthetics_canary.example
  identity = {
    name = "name"
  }
}

import {
  to = awscc_synthetics_canary.example
  id = "name"
}
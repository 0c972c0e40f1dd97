import {
  to = awscc_synthetics_group.example
  identity = {
    name = "name"
  }
}

import {
  to = awscc_synthetics_group.example
  id = "name"
}
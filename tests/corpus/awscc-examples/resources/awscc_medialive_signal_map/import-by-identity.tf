import {
  to = awscc_medialive_signal_map.example
  identity = {
    identifier = "identifier"
  }
}

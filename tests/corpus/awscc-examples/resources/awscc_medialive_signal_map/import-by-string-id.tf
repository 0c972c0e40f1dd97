import {
  to = awscc_medialive_signal_map.example
  id = "identifier"
}
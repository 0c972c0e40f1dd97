import {
  to = awscc_iotwireless_network_analyzer_configuration.example
  id = "name"
}
resource "awscc_events_event_bus" "sample_partner_event_bus" {
  name              = "aws.partner/examplepartner.com/example-eqrry6br"
  event_source_name = "aws.partner/examplepartner.com/example-eqrry6br"
}
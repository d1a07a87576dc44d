/** Anomaly list and chart marks; part of `pt-br.ts`. */
export const anomaliesPtBR = {
  title: 'Anomalias',
  none: 'Nenhuma anomalia nos últimos 7 dias.',
  device: 'Equipamento',
  metric: 'Medida',
  value: 'Valor',
  usual: 'Normal nesse horário',
  since: 'Início',
  ongoing: 'em andamento',
  ended: 'terminou {{when}}',
  up: 'acima do normal',
  down: 'abaixo do normal',
  metrics: { rtt: 'Latência', loss: 'Perda', traffic_in: 'Tráfego de entrada', traffic_out: 'Tráfego de saída', signal: 'Sinal' },
  usualBand: 'Faixa normal',
  expected: 'Esperado',
  mark: 'Anomalia',
};
